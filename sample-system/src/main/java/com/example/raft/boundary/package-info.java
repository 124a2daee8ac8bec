/**
 * The boundary: the client API of the key-value store — put, get, delete and compare-and-set —
 * with input validation, the client session that makes retries safe, and the leader-finding
 * retry loop; plus the parser for the console's text commands.
 *
 * <p>Callers get answers as values ({@link com.example.raft.boundary.Answer}), never exceptions.
 * This package may use the worker, core and data layers; it does not start or stop anything.
 */
@Decision("ADR-12")
package com.example.raft.boundary;

import dev.archdoc.annotations.Decision;
