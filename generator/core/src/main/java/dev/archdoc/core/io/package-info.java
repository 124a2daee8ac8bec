/**
 * Writing files so that a reader never sees half of one and a failure leaves the old one whole:
 * the one place the generator's outputs (lock file, reports, the code model, the site folder)
 * get their temporary siblings, atomic moves and ordinary permissions.
 */
package dev.archdoc.core.io;
