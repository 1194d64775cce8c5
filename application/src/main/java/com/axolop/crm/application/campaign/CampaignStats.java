package com.axolop.crm.application.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a campaign's mail did: recipients by outcome (delivered is sent: over SMTP the server's acceptance is the
 * delivery we see), opens and clicks with their unique recipients, unsubscribes, and clicks per link.
 */
public record CampaignStats(long recipients, long sent, long failed, long skipped, long opened, long uniqueOpens,
                            long clicked, long uniqueClicks, long unsubscribed, List<Link> links) {
    public record Link(String url, long clicks, long uniqueClicks) {
    }

    public CampaignStats {
        links = List.copyOf(links);
    }

    /** The API's shape; rates are shares of delivered mail (click-to-open of unique opens), 0 with none. */
    public Map<String, Object> json() {
        var map = new LinkedHashMap<String, Object>();
        map.put("recipients", recipients);
        map.put("sent", sent);
        map.put("delivered", sent);
        map.put("failed", failed);
        map.put("skipped", skipped);
        map.put("opened", opened);
        map.put("unique_opens", uniqueOpens);
        map.put("clicked", clicked);
        map.put("unique_clicks", uniqueClicks);
        map.put("unsubscribed", unsubscribed);
        map.put("open_rate", rate(uniqueOpens, sent));
        map.put("click_rate", rate(uniqueClicks, sent));
        map.put("click_to_open_rate", rate(uniqueClicks, uniqueOpens));
        map.put("links", links.stream().map(link -> Map.of("url", link.url(), "clicks", link.clicks(),
                "unique_clicks", link.uniqueClicks())).toList());
        return map;
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
