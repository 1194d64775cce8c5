package com.axolop.crm.application.planted;

/** Planted violation: a use case must be an interface (an in-port), not a class. */
public class ConcreteUseCase {
}
