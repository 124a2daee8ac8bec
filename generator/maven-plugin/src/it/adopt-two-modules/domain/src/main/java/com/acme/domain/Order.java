package com.acme.domain;

import dev.archdoc.annotations.Decision;

/** An order. */
@Decision("ADR-1")
public record Order(String id) {}
