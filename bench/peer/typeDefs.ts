/**
 * The same graph as @neo4j/graphql would expose it: one type per label, one field per
 * relationship, the full-text index as a query. No custom Cypher: what a Neo4j user gets
 * by declaring the model.
 */
export const peerTypeDefs = /* GraphQL */ `
  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "searchEntities", fields: ["name", "aliasText", "kindText", "description"] }]) {
    id: ID!
    name: String!
    kind: String!
    code: String
    stateId: String
    aliases: [String!]
    aliasText: String
    kindText: String
    description: String
    validFrom: Date
    validTo: Date
    partOf: [Entity!]! @relationship(type: "PART_OF", direction: OUT)
    members: [Entity!]! @relationship(type: "PART_OF", direction: IN)
    assignmentsIn: [Assignment!]! @relationship(type: "IN", direction: IN)
    administered: [Assignment!]! @relationship(type: "BY", direction: IN)
    actsUnder: [Entity!]! @relationship(type: "ACTS_UNDER", direction: OUT)
    overseenBy: [Entity!]! @relationship(type: "OVERSEES", direction: IN)
    expansion: [MedicaidExpansion!]! @relationship(type: "HAS_EXPANSION", direction: OUT)
    fmapRates: [FmapRate!]! @relationship(type: "HAS_FMAP", direction: OUT)
  }

  type Assignment @node(labels: ["Assignment"]) {
    id: ID!
    role: String!
    function: String!
    programId: String!
    jurisdictionId: String
    administratorId: String!
    validFrom: Date
    validTo: Date
    administrator: [Entity!]! @relationship(type: "BY", direction: OUT)
    program: [Entity!]! @relationship(type: "FOR", direction: OUT)
    jurisdiction: [Entity!]! @relationship(type: "IN", direction: OUT)
    excludes: [Entity!]! @relationship(type: "EXCLUDES", direction: OUT)
  }

  type MedicaidExpansion @node(labels: ["MedicaidExpansion"]) {
    stateId: String!
    adopted: Boolean!
  }

  type FmapRate @node(labels: ["FmapRate"]) {
    stateId: String!
    fiscalYear: Int!
    percent: Float!
  }
`;
