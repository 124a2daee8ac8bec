package com.acme.app;

import com.acme.domain.Order;

/** The shop. */
public class Shop {
  public Order order(String id) {
    return new Order(id);
  }
}
