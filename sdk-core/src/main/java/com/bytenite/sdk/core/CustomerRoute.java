package com.bytenite.sdk.core;

/**
 * The route prefix of the Customer (Jobs) API.
 *
 * <p>ByteNite's changelog (September 2025) renames {@code /v1/customer/} to {@code /v1/computing/}
 * and deprecates the old prefix without a date. Both are offered so users can switch without a code
 * change ({@code BYTENITE_CUSTOMER_ROUTE=computing}); {@link #CUSTOMER} stays the default because it is
 * the prefix every documented example uses.
 */
public enum CustomerRoute {
    /** {@code /v1/customer}: the documented prefix. The default. */
    CUSTOMER("customer"),
    /** {@code /v1/computing}: the announced new prefix. */
    COMPUTING("computing");

    private final String segment;

    CustomerRoute(String segment) {
        this.segment = segment;
    }

    /**
     * The path segment after {@code /v1/}.
     *
     * @return {@code customer} or {@code computing}
     */
    public String segment() {
        return segment;
    }

    /**
     * Parses {@code customer} or {@code computing}, ignoring case and surrounding spaces.
     *
     * @param value the route's name, as in {@code BYTENITE_CUSTOMER_ROUTE}
     * @return the matching route
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException naming the accepted values for anything else
     */
    public static CustomerRoute parse(String value) {
        for (CustomerRoute route : values()) {
            if (route.segment.equalsIgnoreCase(value.trim())) {
                return route;
            }
        }
        throw new IllegalArgumentException(
                "customerRoute: expected 'customer' or 'computing' but was '" + value + "'");
    }
}
