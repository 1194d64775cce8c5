package com.axolop.crm.application.search;

import com.axolop.crm.application.record.RecordKind;
import com.axolop.crm.application.record.RecordRepository;
import com.axolop.crm.domain.shared.Id;
import com.axolop.crm.domain.shared.WorkspaceId;
import com.axolop.crm.domain.shared.WorkspaceRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One type of record the search covers: the name clients give in {@code types} (its list's path segment,
 * such as leads), the type its hits carry (lead), how its matched records are loaded, and how a hit shows
 * one.
 */
public record SearchSource<T>(String name,
                              String hitType,
                              Loader<T> loader,
                              Function<T, UUID> id,
                              Function<T, String> title,
                              Function<T, String> subtitle,
                              Function<T, Map<String, Object>> snapshot) {
    /** Loads the workspace's records with these ids, in any order; ids it no longer has are left out. */
    @FunctionalInterface
    public interface Loader<T> {
        List<T> findAll(WorkspaceId workspace, List<UUID> ids);
    }

    public SearchSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hitType, "hitType");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(snapshot, "snapshot");
    }

    /** A type on the shared record machinery: hits are typed after its aggregate and show its snapshot. */
    public static <T extends WorkspaceRecord<T>> SearchSource<T> of(String name, RecordRepository<T, ?, ?> records,
                                                                    RecordKind<T> kind, Function<T, String> title,
                                                                    Function<T, String> subtitle) {
        return new SearchSource<>(name, kind.aggregateType(),
                (workspace, ids) -> records.findAll(workspace, ids.stream().<Id<T>>map(Id::new).toList()),
                record -> record.id().value(), title, subtitle, kind.snapshot());
    }

    /** The non-blank parts joined by {@code separator}; null when there are none. */
    public static String joined(String separator, String... parts) {
        String joined = Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    /** The hits of this type's matches, by id, loaded in one go. */
    Map<UUID, SearchHit> hits(WorkspaceId workspace, List<SearchMatch> matches) {
        Map<UUID, Double> scores = matches.stream().collect(Collectors.toMap(SearchMatch::id, SearchMatch::score));
        return loader.findAll(workspace, List.copyOf(scores.keySet())).stream().collect(Collectors.toMap(id,
                record -> new SearchHit(hitType, id.apply(record).toString(), title.apply(record),
                        subtitle.apply(record), scores.get(id.apply(record)), snapshot.apply(record))));
    }
}
