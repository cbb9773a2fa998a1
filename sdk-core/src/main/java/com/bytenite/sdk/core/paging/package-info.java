/**
 * Lazy iteration over ByteNite's limit/offset list endpoints.
 */
package com.bytenite.sdk.core.paging;
