/**
 * A sea or ocean written after a state names a coast (哈萨克斯坦里海沿岸, 安哥拉大西洋沿岸): no state
 * holds it, so it is never the place located by a modifier or a chain. Told by the lexicon key, the
 * slug of its English name (caspian-sea, atlantic-ocean, gulf-of-guinea, strait-of-hormuz).
 */
export function isWaterBody(entityId: string): boolean {
  return /(?:^|-)(?:sea|ocean|gulf|bay|strait)(?:$|-of-)/.test(entityId);
}
