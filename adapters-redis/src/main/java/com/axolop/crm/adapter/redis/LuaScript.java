package com.axolop.crm.adapter.redis;

import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;

/** A Lua script run by its SHA (40 bytes sent rather than the script), loaded again when a Redis restart lost it. */
final class LuaScript {
    private final String source;
    private final RScript.ReturnType returns;
    private volatile String sha;

    LuaScript(String source, RScript.ReturnType returns) {
        this.source = source;
        this.returns = returns;
    }

    <R> R run(RedissonClient redis, String key, Object... args) {
        RScript script = redis.getScript();
        String loaded = sha;
        if (loaded != null) {
            try {
                return script.evalSha(RScript.Mode.READ_WRITE, loaded, returns, List.of(key), args);
            } catch (RedisException e) {
                if (e.getMessage() == null || !e.getMessage().contains("NOSCRIPT")) {
                    throw e;
                }
            }
        }
        loaded = script.scriptLoad(source);
        sha = loaded;
        return script.evalSha(RScript.Mode.READ_WRITE, loaded, returns, List.of(key), args);
    }
}
