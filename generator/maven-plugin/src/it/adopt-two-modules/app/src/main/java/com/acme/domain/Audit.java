package com.acme.domain;

import com.acme.app.Shop;

/** Drift: domain code, kept in the app module, that uses the app layer. */
public class Audit {
  Shop shop;
}
