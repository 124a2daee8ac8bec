/**
 * The {@code archdoc} command line: parses arguments, calls one generator stage per command,
 * prints problems as {@code path:line: severity: message (hint)} and maps the outcome to an exit
 * code (0 ok, 2 bad usage, configuration or I/O). No command holds logic of its own.
 */
package dev.archdoc.cli;
