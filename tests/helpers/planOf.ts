import type { Driver, Plan } from 'neo4j-driver';

/** Operator names and details of a statement's plan, without running it (EXPLAIN). */
export async function planOf(driver: Driver, query: string, params: Record<string, unknown>): Promise<string[]> {
  const session = driver.session();
  try {
    const result = await session.run(`EXPLAIN ${query}`, params);
    const out: string[] = [];
    const walk = (op: Plan) => {
      out.push(`${op.operatorType} ${op.arguments?.Details ?? ''}`);
      (op.children ?? []).forEach(walk);
    };
    if (!result.summary.plan) throw new Error(`EXPLAIN gave no plan for ${query}`);
    walk(result.summary.plan);
    return out;
  } finally {
    await session.close();
  }
}
