// Types for the untyped CommonJS peers measured by the benchmark (read from their sources).
declare module 'black-scholes' {
  const blackScholes: {
    blackScholes(s: number, k: number, t: number, v: number, r: number, callPut: string): number;
    stdNormCDF(x: number): number;
  };
  export default blackScholes;
}

declare module 'greeks' {
  const greeks: {
    getDelta(s: number, k: number, t: number, v: number, r: number, callPut: string): number;
    getGamma(s: number, k: number, t: number, v: number, r: number): number;
    getVega(s: number, k: number, t: number, v: number, r: number): number;
    getTheta(s: number, k: number, t: number, v: number, r: number, callPut: string): number;
    getRho(s: number, k: number, t: number, v: number, r: number, callPut: string): number;
  };
  export default greeks;
}

declare module 'implied-volatility' {
  const impliedVolatility: {
    getImpliedVolatility(
      price: number,
      s: number,
      k: number,
      t: number,
      r: number,
      callPut: string,
      estimate?: number,
    ): number;
  };
  export default impliedVolatility;
}
