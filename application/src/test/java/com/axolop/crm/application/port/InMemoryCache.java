package com.axolop.crm.application.port;

import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Test fake of {@link Cache}: entries never expire; held to {@code CacheContract} like the real one. */
public class InMemoryCache implements Cache {
    private final Map<String, Stamped> entries = new ConcurrentHashMap<>();
    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    @Override
    public Lookup get(String counterKey, String key, CacheRegion region) {
        long generation = generations.getOrDefault(counterKey, 0L);
        Optional<Map<String, Object>> value = Optional.ofNullable(entries.get(key))
                .filter(entry -> entry.generation() == generation)
                .map(Stamped::value);
        return new Lookup(generation, value);
    }

    @Override
    public void put(String key, long generation, Map<String, Object> value, CacheRegion region) {
        entries.put(key, new Stamped(generation, value));
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

    private record Stamped(long generation, Map<String, Object> value) {
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
