/**
 * Architecture decision records: finds them, reads their metadata in the formats written in the
 * wild (Nygard/adr-tools, MADR 2, MADR 3/4 front matter, log4brains, AsciiDoc headers), and checks
 * the set as a whole (duplicate ids, supersessions pointing nowhere or in a cycle, missing
 * statuses, relations stated on one side). The door is {@link dev.archdoc.core.docs.adr.AdrLoader}:
 * a function from in-memory documents to {@link dev.archdoc.core.docs.adr.Decisions} (the ADRs,
 * their {@link dev.archdoc.core.docs.adr.DecisionGraph} and the findings), with
 * {@link dev.archdoc.core.docs.adr.AdrDiscovery} as the thin file-system edge in front of it.
 * Bodies are kept as source text; rendering them is a later stage's job.
 */
package dev.archdoc.core.docs.adr;
