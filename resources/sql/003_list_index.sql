-- PeerRadar schema, version 3: HR's observations list pages through the whole file by date; this
-- index lets it read one page in date order instead of sorting a million rows for every page.

CREATE INDEX observations_date ON observations (observed_on, id);
