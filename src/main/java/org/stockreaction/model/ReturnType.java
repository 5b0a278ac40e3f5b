package org.stockreaction.model;

/** How a daily return is computed from two consecutive prices. */
public enum ReturnType {
  /** {@code P_t / P_(t-1) - 1} (the default). */
  SIMPLE("simple"),
  /** {@code ln(P_t / P_(t-1))}. */
  LOG("log");

  private final String key;

  ReturnType(String key) {
    this.key = key;
  }

  /** The name used in the config file, on the command line and in reports. */
  public String key() {
    return key;
  }

  public double of(double previous, double current) {
    return this == SIMPLE ? current / previous - 1.0 : Math.log(current / previous);
  }

  /** Gross growth {@code 1 + R} implied by one return of this type. */
  public double growth(double r) {
    return this == SIMPLE ? 1.0 + r : Math.exp(r);
  }
}
