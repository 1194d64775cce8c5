package com.axolop.crm.application.shared;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Test fake of {@link Cache}: entries never expire; held to {@code CacheContract} like the real one. */
public class InMemoryCache implements Cache {
    private final Map<String, Object> entries = new ConcurrentHashMap<>();
    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    @Override
    public <T> Optional<T> get(String key, Class<T> type, CacheRegion region) {
        return Optional.ofNullable(entries.get(key)).map(type::cast);
    }

    @Override
    public void put(String key, Object value, CacheRegion region) {
        entries.put(key, value);
    }

    @Override
    public long generation(String counterKey) {
        return generations.getOrDefault(counterKey, 0L);
    }

    @Override
    public void advance(String counterKey) {
        generations.merge(counterKey, 1L, Long::sum);
    }

    @Override
    public long clear(WorkspaceId workspace, String pattern) {
        Pattern glob = Pattern.compile(Pattern.quote("crm:" + workspace + ":") + globToRegex(pattern == null ? "*" : pattern));
        long before = entries.size();
        entries.keySet().removeIf(key -> glob.matcher(key).matches());
        return before - entries.size();
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return regex.toString();
    }
}
