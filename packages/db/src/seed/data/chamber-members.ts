// The chamber's member companies. The case study describes them (small exporters and startups to
// large manufacturers and service firms, in different countries, time zones and languages) but
// names none: the companies are invented, spread so reports can filter by region, company size and
// industry and still leave some small groups for the minimum-cohort-size rules to suppress.

/** Regions as the chamber reports and applies consent rules by them. */
export const CHAMBER_REGIONS = [
  "Europe",
  "North America",
  "Latin America",
  "Asia-Pacific",
  "Middle East & Africa",
] as const;
export type TChamberRegion = (typeof CHAMBER_REGIONS)[number];

/** Languages the chamber teaches in or members prefer (ISO 639-1). */
export type TLanguage = "en" | "es" | "fr" | "de" | "pt" | "ar" | "ja" | "vi" | "tr";

/** Employee-count bands used in reports; bounds are inclusive, null means no upper bound. */
export const SIZE_BANDS = {
  micro: { label: "Micro (1–9)", min: 1, max: 9 },
  small: { label: "Small (10–49)", min: 10, max: 49 },
  medium: { label: "Medium (50–249)", min: 50, max: 249 },
  large: { label: "Large (250+)", min: 250, max: null },
} as const;
export type TSizeBand = keyof typeof SIZE_BANDS;

export const MEMBERSHIP_TIERS = {
  associate: "Associate: startups and micro firms; courses and webinars",
  standard: "Standard: courses, webinars and events",
  premium: "Premium: adds trade missions, matchmaking and mentor reviews",
  patron: "Patron: adds board seat, sponsorship and accelerator places",
} as const;
export type TMembershipTier = keyof typeof MEMBERSHIP_TIERS;

export type TMemberCompany = {
  /** The one member ID every system carries (LMS, webinar tool, LRS, CRM). */
  memberId: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city: string;
  region: TChamberRegion;
  industry: string;
  sizeBand: TSizeBand;
  employees: number;
  tier: TMembershipTier;
  /** Membership renews yearly on this date's anniversary. */
  joinedOn: string;
  language: TLanguage;
};

function member(
  memberId: string,
  name: string,
  [country, city, region]: [string, string, TChamberRegion],
  [industry, sizeBand, employees]: [string, TSizeBand, number],
  [tier, joinedOn, language]: [TMembershipTier, string, TLanguage],
): TMemberCompany {
  return {
    memberId,
    name,
    country,
    city,
    region,
    industry,
    sizeBand,
    employees,
    tier,
    joinedOn,
    language,
  };
}

export const CHAMBER_MEMBERS: readonly TMemberCompany[] = [
  member(
    "MIC-1001",
    "Nordhavn Marine Components ApS",
    ["DK", "Aarhus", "Europe"],
    ["Industrial manufacturing", "medium", 140],
    ["premium", "2019-03-12", "en"],
  ),
  member(
    "MIC-1002",
    "Kestrel Präzisionswerkzeuge GmbH",
    ["DE", "Stuttgart", "Europe"],
    ["Industrial manufacturing", "large", 620],
    ["patron", "2016-09-01", "de"],
  ),
  member(
    "MIC-1003",
    "Atelier Rivière SAS",
    ["FR", "Lyon", "Europe"],
    ["Cosmetics & personal care", "small", 28],
    ["standard", "2022-05-18", "fr"],
  ),
  member(
    "MIC-1004",
    "Velkro Robotics s.r.o.",
    ["CZ", "Brno", "Europe"],
    ["Robotics & automation", "small", 18],
    ["associate", "2025-10-06", "en"],
  ),
  member(
    "MIC-1005",
    "Harbourline Freight Forwarding Ltd",
    ["GB", "Felixstowe", "Europe"],
    ["Logistics & freight", "medium", 210],
    ["premium", "2018-01-22", "en"],
  ),
  member(
    "MIC-1006",
    "Anatolia Seramik A.Ş.",
    ["TR", "İzmir", "Europe"],
    ["Building materials", "medium", 180],
    ["standard", "2020-07-14", "tr"],
  ),
  member(
    "MIC-1007",
    "Cascadia Medical Devices Inc.",
    ["US", "Portland", "North America"],
    ["Medical devices", "large", 950],
    ["patron", "2017-04-03", "en"],
  ),
  member(
    "MIC-1008",
    "Maple Ridge Organics Inc.",
    ["CA", "Guelph", "North America"],
    ["Food & agriculture", "small", 42],
    ["standard", "2021-11-29", "en"],
  ),
  member(
    "MIC-1009",
    "Lakeshore Analytics LLC",
    ["US", "Chicago", "North America"],
    ["Software & digital services", "micro", 8],
    ["associate", "2025-08-19", "en"],
  ),
  member(
    "MIC-1010",
    "Alvarez Café de Origen S.A.S.",
    ["CO", "Medellín", "Latin America"],
    ["Food & agriculture", "small", 35],
    ["standard", "2020-02-10", "es"],
  ),
  member(
    "MIC-1011",
    "Sol Andino Energía S.A.",
    ["CL", "Santiago", "Latin America"],
    ["Renewable energy", "medium", 95],
    ["premium", "2019-06-24", "es"],
  ),
  member(
    "MIC-1012",
    "Estrela Calçados Ltda.",
    ["BR", "Novo Hamburgo", "Latin America"],
    ["Footwear & apparel", "medium", 230],
    ["standard", "2018-10-08", "pt"],
  ),
  member(
    "MIC-1013",
    "Bodega Los Cerros S.A.",
    ["AR", "Mendoza", "Latin America"],
    ["Wine & beverages", "small", 46],
    ["standard", "2023-03-01", "es"],
  ),
  member(
    "MIC-1014",
    "Sakura Denshi Components K.K.",
    ["JP", "Osaka", "Asia-Pacific"],
    ["Electronics", "large", 480],
    ["patron", "2016-02-15", "ja"],
  ),
  member(
    "MIC-1015",
    "Mekong Agritech JSC",
    ["VN", "Can Tho", "Asia-Pacific"],
    ["Agritech", "micro", 9],
    ["associate", "2025-12-01", "vi"],
  ),
  member(
    "MIC-1016",
    "Tamarind Spice Traders Pvt Ltd",
    ["IN", "Kochi", "Asia-Pacific"],
    ["Food & agriculture", "small", 38],
    ["standard", "2021-08-16", "en"],
  ),
  member(
    "MIC-1017",
    "Southern Cross Wool Co. Pty Ltd",
    ["AU", "Geelong", "Asia-Pacific"],
    ["Textiles", "medium", 120],
    ["premium", "2019-11-11", "en"],
  ),
  member(
    "MIC-1018",
    "Qasr Dates Trading LLC",
    ["AE", "Dubai", "Middle East & Africa"],
    ["Food & agriculture", "small", 30],
    ["standard", "2022-01-24", "ar"],
  ),
  member(
    "MIC-1019",
    "Ubuntu Freight Solutions (Pty) Ltd",
    ["ZA", "Durban", "Middle East & Africa"],
    ["Logistics & freight", "medium", 160],
    ["premium", "2018-05-07", "en"],
  ),
  member(
    "MIC-1020",
    "Baobab Craft Collective Ltd",
    ["KE", "Nairobi", "Middle East & Africa"],
    ["Home goods & crafts", "micro", 7],
    ["associate", "2024-09-09", "en"],
  ),
  member(
    "MIC-1021",
    "Atlas Argan Coopérative",
    ["MA", "Agadir", "Middle East & Africa"],
    ["Cosmetics & personal care", "small", 22],
    ["associate", "2023-06-05", "fr"],
  ),
];
