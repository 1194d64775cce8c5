package com.axolop.crm.application.search;

import com.axolop.crm.application.shared.Page;
import com.axolop.crm.application.shared.PageRequest;
import com.axolop.crm.application.shared.SearchText;
import com.axolop.crm.domain.shared.WorkspaceId;
import java.util.List;

/** Finds and ranks the records of several types that match a search text. */
public interface SearchIndex {
    /**
     * One page of the workspace's matches among the named types, best first, and their total. A store may
     * bound how many matches of one type it ranks and counts, and says so.
     */
    Page<SearchMatch> search(WorkspaceId workspace, SearchText text, List<String> types, PageRequest page);
}
