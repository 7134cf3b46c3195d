export { INBOUND_LIMIT_PERIOD_SECONDS, type InboundLimit, limitInbound } from './limit-inbound';
