/**
 * Expected refusals, one exception family: every {@link com.axolop.crm.domain.refusal.Refusal} is a
 * client's mistake or a state conflict the API answers with a 4xx; anything else thrown is a bug.
 */
package com.axolop.crm.domain.refusal;
