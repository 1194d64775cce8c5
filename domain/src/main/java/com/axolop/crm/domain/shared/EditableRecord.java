package com.axolop.crm.domain.shared;

import java.time.Instant;

/** A record whose details a client replaces as a whole, and which it may delete. */
public interface EditableRecord<T, D> extends WorkspaceRecord<T> {
    /** The next version with these details, or {@link Change#none} when they are the current ones. */
    Change<T> update(D details, Instant now);

    Change<T> delete(Instant now);
}
