package com.axolop.crm.application.planted;

/** Planted violation: a service that implements no use case. */
public class OrphanService {
}
