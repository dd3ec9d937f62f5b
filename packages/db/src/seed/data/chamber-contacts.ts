import type { TLanguage } from "./chamber-members";

// People at member companies who learn, attend events and appear in the CRM. Invented names;
// addresses use the reserved .example domain (RFC 2606) so demo data can never mail a real person.

export type TMemberContact = {
  memberId: string;
  name: string;
  email: string;
  jobTitle: string;
  language: TLanguage;
  /** The CRM's main contact for renewals. */
  primary: boolean;
};

/** [name, mailbox, job title, language]; the first contact of each company is its primary. */
type TContactRow = [string, string, string, TLanguage];

function company(memberId: string, domain: string, rows: TContactRow[]): TMemberContact[] {
  return rows.map(([name, mailbox, jobTitle, language], index) => ({
    memberId,
    name,
    email: `${mailbox}@${domain}`,
    jobTitle,
    language,
    primary: index === 0,
  }));
}

export const CHAMBER_CONTACTS: readonly TMemberContact[] = [
  ...company("MIC-1001", "nordhavn-marine.example", [
    ["Mette Sørensen", "mette.sorensen", "Export Manager", "en"],
    ["Jonas Kjær", "jonas.kjaer", "Logistics Coordinator", "en"],
    ["Ida Holm", "ida.holm", "Sales Director", "en"],
  ]),
  ...company("MIC-1002", "kestrel-tools.example", [
    ["Katrin Vogel", "k.vogel", "Head of International Sales", "de"],
    ["Felix Brandt", "f.brandt", "Trade Compliance Officer", "de"],
    ["Anja Weber", "a.weber", "Supply Chain Manager", "de"],
  ]),
  ...company("MIC-1003", "atelier-riviere.example", [
    ["Camille Rivière", "camille", "Founder and CEO", "fr"],
    ["Hugo Martin", "hugo.martin", "E-commerce Lead", "fr"],
  ]),
  ...company("MIC-1004", "velkro-robotics.example", [
    ["Tomáš Novák", "tomas.novak", "Co-founder", "en"],
    ["Lucie Dvořáková", "lucie.dvorakova", "Business Development", "en"],
  ]),
  ...company("MIC-1005", "harbourline.example", [
    ["Grace Whitfield", "grace.whitfield", "Managing Director", "en"],
    ["Daniel Okoro", "daniel.okoro", "Customs Brokerage Lead", "en"],
    ["Sophie Turner", "sophie.turner", "Client Onboarding Manager", "en"],
  ]),
  ...company("MIC-1006", "anatolia-seramik.example", [
    ["Elif Yıldız", "elif.yildiz", "Export Sales Manager", "tr"],
    ["Murat Kaya", "murat.kaya", "Operations Manager", "tr"],
  ]),
  ...company("MIC-1007", "cascadia-med.example", [
    ["Rachel Kim", "rachel.kim", "VP Global Markets", "en"],
    ["Marcus Bell", "marcus.bell", "Regulatory and Trade Compliance", "en"],
    ["Priya Natarajan", "priya.natarajan", "Distributor Manager EMEA", "en"],
  ]),
  ...company("MIC-1008", "mapleridge-organics.example", [
    ["Émilie Tremblay", "emilie", "Owner", "en"],
    ["Ben Carter", "ben.carter", "Export Coordinator", "en"],
  ]),
  ...company("MIC-1009", "lakeshore-analytics.example", [
    ["Jordan Reyes", "jordan", "Founder", "en"],
    ["Aisha Brown", "aisha.brown", "Growth Lead", "en"],
  ]),
  ...company("MIC-1010", "alvarez-cafe.example", [
    ["Valentina Álvarez", "valentina", "General Manager", "es"],
    ["Andrés Gómez", "andres.gomez", "Quality and Export Lead", "es"],
    ["Laura Restrepo", "laura.restrepo", "International Sales", "es"],
  ]),
  ...company("MIC-1011", "solandino.example", [
    ["Camila Fuentes", "camila.fuentes", "Commercial Director", "es"],
    ["Diego Muñoz", "diego.munoz", "Procurement Manager", "es"],
  ]),
  ...company("MIC-1012", "estrela-calcados.example", [
    ["Ana Souza", "ana.souza", "Export Director", "pt"],
    ["Rafael Lima", "rafael.lima", "Logistics Analyst", "pt"],
    ["Beatriz Costa", "beatriz.costa", "Sustainability Officer", "pt"],
  ]),
  ...company("MIC-1013", "loscerros.example", [
    ["Martín Pereyra", "martin.pereyra", "Owner and Winemaker", "es"],
    ["Sofía Ledesma", "sofia.ledesma", "Export Sales", "es"],
  ]),
  ...company("MIC-1014", "sakura-denshi.example", [
    ["Haruto Tanaka", "h.tanaka", "Overseas Sales General Manager", "ja"],
    ["Yui Nakamura", "y.nakamura", "Export Control Specialist", "ja"],
    ["Kenji Mori", "k.mori", "Supply Chain Planner", "ja"],
  ]),
  ...company("MIC-1015", "mekong-agritech.example", [
    ["Nguyễn Thị Lan", "lan.nguyen", "CEO", "vi"],
    ["Trần Minh Đức", "duc.tran", "Product and Partnerships", "vi"],
  ]),
  ...company("MIC-1016", "tamarind-spice.example", [
    ["Anjali Menon", "anjali.menon", "Director", "en"],
    ["Rahul Pillai", "rahul.pillai", "Export Documentation", "en"],
  ]),
  ...company("MIC-1017", "southerncrosswool.example", [
    ["Olivia Hughes", "olivia.hughes", "Managing Director", "en"],
    ["Liam O'Brien", "liam.obrien", "Export Manager", "en"],
    ["Chloe Nguyen", "chloe.nguyen", "Sustainability Lead", "en"],
  ]),
  ...company("MIC-1018", "qasr-dates.example", [
    ["Omar Al Mansoori", "omar", "Managing Partner", "ar"],
    ["Layla Haddad", "layla.haddad", "Trade Operations", "ar"],
  ]),
  ...company("MIC-1019", "ubuntu-freight.example", [
    ["Thandiwe Dlamini", "thandiwe.dlamini", "CEO", "en"],
    ["Pieter van Wyk", "pieter.vanwyk", "Compliance Manager", "en"],
    ["Sipho Ndlovu", "sipho.ndlovu", "Key Accounts", "en"],
  ]),
  ...company("MIC-1020", "baobab-craft.example", [
    ["Wanjiru Kamau", "wanjiru", "Founder", "en"],
    ["Brian Otieno", "brian.otieno", "Online Sales", "en"],
  ]),
  ...company("MIC-1021", "atlas-argan.example", [
    ["Fatima Zahra Idrissi", "fatima.idrissi", "Cooperative President", "fr"],
    ["Youssef Amrani", "youssef.amrani", "Export and Certification", "fr"],
  ]),
];
