// autocannon setupRequest (loaded by its worker threads, hence a CommonJS file): a different
// X-Forwarded-For on every request, so per-address rate limits measure nothing but themselves.
module.exports = function spreadAddress(request) {
  const n = Math.floor(Math.random() * 16_777_216);
  request.headers = {
    ...request.headers,
    'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
  };
  return request;
};
