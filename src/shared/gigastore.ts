// Zod schemas of the DENT Gigastore reseller API objects: one schema per object, used by the client (to
// validate what Gigastore answers) and by the simulator (to build what it answers). Shapes follow
// Gigastore's published API documentation; where the docs are thin or disagree, the schema's comment says
// so. Unknown extra fields are tolerated (z.object strips them); a missing required field is a validation
// error the client turns into a sentence.
import { z } from 'zod';

/** Gigastore writes ISO-8601 UTC with or without fractional seconds; we keep the string as sent. */
const timestamp = z.string().min(1);

export const PriceSchema = z.object({
  sortIndex: z.number().int().optional(),
  priceValue: z.number().nonnegative(),
  currencyCode: z.string().min(3).max(3),
});
export type Price = z.infer<typeof PriceSchema>;

export const SizeUnitSchema = z.enum(['KB', 'MB', 'GB', 'TB']);
const SizeSchema = z.object({
  sizeValue: z.number().nonnegative(),
  sizeUnit: SizeUnitSchema,
});
export type Size = z.infer<typeof SizeSchema>;

export const ActivationModeSchema = z.enum(['NOW', 'FIRST_USE', 'ON_DEMAND']);
export type ActivationMode = z.infer<typeof ActivationModeSchema>;

/** POST /reseller/authenticate (Basic client id / secret). */
export const TokenSchema = z.object({
  accessToken: z.string().min(1),
  expiresIn: z.number().int().positive(),
  tokenType: z.string().optional(),
  refreshToken: z.string().nullish(),
  refreshExpiresIn: z.number().nullish(),
  idToken: z.string().nullish(),
});
export type Token = z.infer<typeof TokenSchema>;

/** One package the store sells: GET /gigastore/products/inventory -> items[]. */
const InventoryItemSchema = z.object({
  id: z.string().min(1),
  productId: z.string().optional(),
  name: z.string().min(1),
  sizeValue: z.number().nonnegative(),
  sizeUnit: SizeUnitSchema,
  validitySize: z.number().int().nonnegative(),
  validityUnit: z.string().min(1),
  validityUnlimited: z.boolean().optional(),
  countrySet: z.string().min(1),
  prices: z.array(PriceSchema).optional(),
  retailPrices: z.array(PriceSchema).min(1),
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

export const InventoryResponseSchema = z.object({ items: z.array(InventoryItemSchema) });

/** The eSIM profile object. `state` stays an open string: the SDK knows 15 values, the docs 4. */
const EsimSchema = z.object({
  iccid: z.string().min(1),
  uid: z.string().optional(),
  imsi: z.string().nullish(),
  activationCode: z.string().min(1),
  appleUniversalLink: z.string().nullish(),
  installationUrl: z.string().nullish(),
  lastSeen: timestamp.nullish(),
  activatedAt: timestamp.nullish(),
  state: z.string().min(1),
  active: z.boolean().optional(),
});
export type Esim = z.infer<typeof EsimSchema>;

const BalanceSchema = z.object({
  activatedAt: timestamp.nullish(),
  expiresAt: timestamp.nullish(),
  activationMode: ActivationModeSchema.optional(),
  name: z.string().optional(),
  size: SizeSchema.optional(),
  availableBalance: SizeSchema.optional(),
  validitySize: z.number().optional(),
  validityUnit: z.string().optional(),
});

const CustomerSchema = z.object({
  uid: z.string().min(1),
  email: z.string().nullish(),
  profileUrl: z.string().nullish(),
});

/** A package on a customer (the "activated item"); `metatag` is our sale id, echoed back. */
export const ActivatedItemSchema = z.object({
  uid: z.string().min(1),
  metatag: z.string().nullish(),
  balance: BalanceSchema.optional(),
  salesDate: timestamp.nullish(),
  salesChannel: z.string().optional(),
  salesChannelTypeCode: z.string().optional(),
  activationType: z.string().optional(),
  purchasePrice: PriceSchema.optional(),
  retailPrice: PriceSchema.optional(),
  /** [3P] the single-item and list reads carry the owning customer. */
  customer: CustomerSchema.partial({ uid: true }).optional(),
});
export type ActivatedItem = z.infer<typeof ActivatedItemSchema>;

/**
 * GET /gigastore/activations/activated-items: [3P] documents a bare array. Undocumented answers may come
 * wrapped, so an object holding the array under `items` or `activatedItems` is read the same way.
 */
export const ActivatedItemListSchema = z.preprocess(unwrapList, z.array(ActivatedItemSchema));

function unwrapList(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const wrapper = body as { items?: unknown; activatedItems?: unknown };
  if (Array.isArray(wrapper.items)) return wrapper.items;
  if (Array.isArray(wrapper.activatedItems)) return wrapper.activatedItems;
  return body;
}

/** POST /gigastore/activations/register (first package: new customer + package + eSIM). */
export const RegisterRequestSchema = z.object({
  inventoryItemId: z.string().min(1),
  metatag: z.string().min(1).max(64),
  customerEmail: z.email().optional(),
  userIp: z.string().min(1),
  userCountry: z.string().regex(/^[A-Z]{2}$/),
  expectedPrice: PriceSchema,
  activationMode: ActivationModeSchema.optional(),
});
export type RegisterRequest = z.infer<typeof RegisterRequestSchema>;

export const RegisterResponseSchema = z.object({
  status: z.string(),
  activatedItem: ActivatedItemSchema,
  customer: CustomerSchema,
  esimProfile: EsimSchema,
});
export type RegisterResponse = z.infer<typeof RegisterResponseSchema>;

/** POST /gigastore/activations/top-up: another package for an existing customer, same coverage set. */
export const TopUpRequestSchema = z.object({
  inventoryItemId: z.string().min(1),
  metatag: z.string().min(1).max(64),
  customerUid: z.string().min(1),
  expectedPrice: PriceSchema,
  activationMode: ActivationModeSchema.optional(),
});
export type TopUpRequest = z.infer<typeof TopUpRequestSchema>;

export const TopUpResponseSchema = z.object({
  status: z.string(),
  activatedItem: ActivatedItemSchema,
  customer: CustomerSchema,
  esimProfile: EsimSchema.nullish(),
});
export type TopUpResponse = z.infer<typeof TopUpResponseSchema>;

/** POST /gigastore/activations/top-up-with-profile: a package on a new eSIM for an existing customer (a new phone). */
export const TopUpWithProfileRequestSchema = TopUpRequestSchema.extend({
  userIp: z.string().min(1),
  userCountry: z.string().regex(/^[A-Z]{2}$/),
});
export type TopUpWithProfileRequest = z.infer<typeof TopUpWithProfileRequestSchema>;

/** GET /gigastore/activations/customers/{uid}: one customer with packages and eSIMs. */
export const CustomerDetailsSchema = z.object({
  customer: CustomerSchema,
  totalAvailableBalance: SizeSchema.nullish(),
  activatedItems: z.array(ActivatedItemSchema).default([]),
  relatedEsims: z.array(EsimSchema).default([]),
});
export type CustomerDetails = z.infer<typeof CustomerDetailsSchema>;

const SearchKeySchema = z.enum(['EMAIL', 'UID', 'ICCID']);
const SearchModeSchema = z.enum(['isExact', 'startsWith', 'contains']);

/** POST /gigastore/activations/search-customers ([3P] body). */
export const SearchCustomersRequestSchema = z.object({
  pageSize: z.number().int().positive().max(500),
  pageIndex: z.number().int().nonnegative(),
  searchKey: SearchKeySchema,
  searchQuery: z.string().min(1),
  searchMode: SearchModeSchema,
  onlyActiveProfiles: z.boolean().optional(),
});
export type SearchCustomersRequest = z.infer<typeof SearchCustomersRequestSchema>;

export const SearchCustomersResponseSchema = z.object({ customers: z.array(CustomerDetailsSchema) });

/**
 * What is kept of a Gigastore answer for support, never the body itself. From a JSON or problem+json body
 * (its shape is undocumented): status, title, message, detail, code and a short type URI, each a string or
 * number, redacted, the whole at most ANSWER_SUMMARY_MAX_BYTES. From any other body: its length and content
 * type only. Nothing at all is kept of an authentication answer (it carries tokens).
 */
const AnswerFieldSchema = z.union([z.string(), z.number()]);
export const AnswerSummarySchema = z.object({
  status: AnswerFieldSchema.optional(),
  title: AnswerFieldSchema.optional(),
  message: AnswerFieldSchema.optional(),
  detail: AnswerFieldSchema.optional(),
  code: AnswerFieldSchema.optional(),
  type: z.string().optional(),
  /** The body's size in bytes, when none of the fields above could be read from it. */
  length: z.number().int().nonnegative().optional(),
  contentType: z.string().optional(),
});
export type AnswerSummary = z.infer<typeof AnswerSummarySchema>;
export const ANSWER_SUMMARY_MAX_BYTES = 2048;

/** GET /gigastore/esim/countries/{countrySet}: the countries a coverage set includes. */
export const CountrySchema = z.object({
  code: z.string().min(2),
  name: z.string().optional(),
  imageUrl: z.string().optional(),
});
export const CountryListSchema = z.array(CountrySchema);

/** The eSIM states documented by Gigastore; any other string is shown as it comes. */
export const KNOWN_ESIM_STATES = ['RELEASED', 'INSTALLED', 'DISABLED', 'ERROR'] as const;
export type KnownEsimState = (typeof KNOWN_ESIM_STATES)[number];
