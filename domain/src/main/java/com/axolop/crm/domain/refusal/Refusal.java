package com.axolop.crm.domain.refusal;

/**
 * The one way a use case refuses what it was asked: the request was understood, and the answer is no. Each kind
 * maps to one 4xx. Refusals are expected, so they carry no stack trace (filling one is most of their cost).
 */
public abstract sealed class Refusal extends RuntimeException
        permits ConflictException, ForbiddenException, IdempotencyKeyReusedException, InvalidFieldException,
        NotFoundException, VersionMismatchException {
    protected Refusal(String message) {
        super(message, null, false, false);
    }
}
