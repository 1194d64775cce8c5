package com.axolop.crm.application.me;

/** The caller, as it authenticated. */
public interface DescribeMeUseCase {
    Me describe(Identity identity);
}
