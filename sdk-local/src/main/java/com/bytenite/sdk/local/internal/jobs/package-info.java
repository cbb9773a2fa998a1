/**
 * Not API: may change in any release. Local ByteNite's Customer API: jobs, their records and
 * states, data sources and destinations, templates, retention of ended jobs.
 */
package com.bytenite.sdk.local.internal.jobs;
