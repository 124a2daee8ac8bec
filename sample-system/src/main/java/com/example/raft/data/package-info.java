/**
 * The data layer: the immutable values every other layer passes around — terms and log entries,
 * the messages nodes exchange, a node's Raft state, client commands and results, the inputs a
 * node reacts to and the effects it asks for.
 *
 * <p>Records and sealed interfaces only, with the small pure conveniences that belong to a value
 * (a wither, a lookup in the log). This package uses nothing but {@code java.lang} and
 * {@code java.util}: no other layer of the system, no I/O, no threads, no clocks.
 */
@Decision("ADR-12")
package com.example.raft.data;

import dev.archdoc.annotations.Decision;
