package com.axolop.crm.application.shared;

import com.axolop.crm.domain.shared.Tags;

/** A list filter that may narrow by tags: only records carrying every one of its tags ({@link Tags#NONE}: any). */
public interface TagFilter {
    Tags tags();
}
