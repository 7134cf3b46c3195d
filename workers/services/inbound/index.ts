export { type InboundLimit, limitInbound } from './limit-inbound';
