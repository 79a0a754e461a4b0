/** Level of a division by its GB/T 2260 code: xx0000 province, xxxx00 city, otherwise county. */
export type RegionLevel = 'province' | 'city' | 'county';

export type Region = {
  /** 6-digit GB/T 2260 code. */
  readonly code: string;
  /** Official name, e.g. 天河区. */
  readonly name: string;
  readonly level: RegionLevel;
  /** Last step of the cascade: the code a form field stores (a county, or a city/SAR without counties). */
  readonly leaf: boolean;
};

export type RegionListOptions = {
  /** Also list 香港 810000, 澳门 820000 and 台湾 710000 as provinces; only some service items accept them. */
  readonly includeHkMoTw?: boolean;
};
