/** Outbound ports the use cases call: transactions, the event outbox, the cache, reference checks, locks. */
package com.axolop.crm.application.port;
