/** Build-time helpers: the quiet OpenAPI generator. Not published. */
package com.bytenite.build;
