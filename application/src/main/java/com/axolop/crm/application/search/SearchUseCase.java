package com.axolop.crm.application.search;

import com.axolop.crm.application.shared.Actor;
import com.axolop.crm.application.shared.Page;
import java.util.List;

/** Records of several types that match a search text, best match first, in the caller's workspace. */
public interface SearchUseCase {
    /** The names of the types a search can cover, such as leads and contacts; a search covers all by default. */
    List<String> types();

    Page<SearchHit> search(Actor actor, SearchQuery query);
}
