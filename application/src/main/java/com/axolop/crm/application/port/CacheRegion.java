package com.axolop.crm.application.port;

/** What kind of data a cache entry holds; each region has its own time to live (set in configuration). */
public enum CacheRegion {
    WORKFLOWS, LEADS, DASHBOARD, ANALYTICS, USER;

    public String metricName() {
        return name().toLowerCase();
    }
}
