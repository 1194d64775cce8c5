/**
 * The machinery every record type shares: one service with hooks (store checks, cache), one repository port,
 * the kind that names its events and published shape, batches.
 */
package com.axolop.crm.application.record;
