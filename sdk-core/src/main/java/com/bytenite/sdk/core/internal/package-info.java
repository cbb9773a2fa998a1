/**
 * Implementation of the HTTP stack: interceptors, token renewal, retry policy, error mapping, redaction. Not API: anything here may change without notice.
 */
package com.bytenite.sdk.core.internal;
