import { describe, expect, it } from 'vitest';
import { toCatalogueItem } from '../../src/shared/catalogue';
import type { SaleRecord } from '../../src/shared/sale';
import { CUSTOMER_LANGUAGES } from '../../src/shared/languages';
import { SettingsSchema } from '../../src/shared/settings';
import { receiptHtml } from '../../src/main/core/receipt/receipt-html';
import { receiptFromSale } from '../../src/main/core/receipt/receipt-model';
import { demoCatalogue } from '../../src/main/simulator/catalogue';

const item = toCatalogueItem(demoCatalogue().find((candidate) => candidate.countrySet === 'AT')!);
const sale: SaleRecord = {
  saleId: 'VIENNA-2-01M89KKS5WMAHANTJ99YEPE16G',
  kind: 'first',
  counterId: 'VIENNA-2',
  mode: 'live',
  gigastore: 'https://api.giga.store/',
  clerk: 'Mira',
  startedAt: '2026-11-25T14:00:00.000Z',
  updatedAt: '2026-11-25T14:00:02.000Z',
  lastAttemptAt: '2026-11-25T14:00:00.000Z',
  item,
  price: item.retailPrice,
  customerCountry: 'DE',
  userIp: '203.0.113.7',
  customerEmail: 'ana@example.com',
  language: 'de',
  activationMode: 'FIRST_USE',
  status: 'completed',
  attempts: 1,
  completedVia: 'response',
  customerUid: 'c1',
  activatedItemUid: 'a1',
  iccid: '89372049317351546344',
  activationCode: 'LPA:1$rsp.example.com$K2-1A2B3C-4D5E6F7$1.2.3$1',
  esimState: 'RELEASED',
  stateHistory: [{ state: 'RELEASED', at: '2026-11-25T14:00:02.000Z' }],
  errors: [],
  prints: [],
  refunds: [],
  watched: false,
  duplicates: [],
};
const settings = SettingsSchema.parse({
  storeName: 'Tabak & <Trafik>',
  storeAddress: 'Ring 1',
  supportLine: '+43 1 234',
  paper: '58mm',
});

describe('the receipt', () => {
  it('takes every field from the sale and the store settings', () => {
    const receipt = receiptFromSale(sale, settings, { printedAt: new Date('2026-11-25T15:00:00Z'), countries: ['AT'] });
    expect(receipt).toEqual({
      kind: 'sale',
      language: 'de',
      paper: '58mm',
      demo: false,
      store: { name: 'Tabak & <Trafik>', address: 'Ring 1', supportLine: '+43 1 234' },
      printedAt: '2026-11-25T15:00:00.000Z',
      soldAt: sale.startedAt,
      counterId: 'VIENNA-2',
      clerk: 'Mira',
      saleId: sale.saleId,
      item: {
        name: item.name,
        sizeValue: item.sizeValue,
        sizeUnit: item.sizeUnit,
        validitySize: item.validitySize,
        validityUnit: item.validityUnit,
        validityUnlimited: false,
        countrySet: 'AT',
      },
      countries: ['AT'],
      activationMode: 'FIRST_USE',
      price: item.retailPrice,
      iccids: [sale.iccid],
      activationCode: sale.activationCode,
      manual: { smdpAddress: 'rsp.example.com', matchingId: 'K2-1A2B3C-4D5E6F7', confirmationCodeRequired: true },
    });
  });

  it('fills what the sale leaves out: store language, NOW, no clerk; marks a demo sale', () => {
    const { language: _l, activationMode: _m, clerk: _c, ...bare } = sale;
    const receipt = receiptFromSale({ ...bare, mode: 'demo' }, SettingsSchema.parse({ storeLanguage: 'en' }), {
      printedAt: new Date(),
      countries: [],
      paper: '80mm',
    });
    expect(receipt).toMatchObject({ language: 'en', activationMode: 'NOW', demo: true, paper: '80mm' });
    expect(receipt).not.toHaveProperty('clerk');
  });

  it('refuses a sale that did not go through', () => {
    expect(() =>
      receiptFromSale({ ...sale, status: 'verifying' }, settings, { printedAt: new Date(), countries: [] }),
    ).toThrow('Only a sale that went through has a receipt.');
  });

  it('renders German text, escapes the store name, notes the confirmation code, and runs no script', async () => {
    const html = await receiptHtml(receiptFromSale(sale, settings, { printedAt: new Date(), countries: ['AT'] }));
    expect(html).toContain('<html lang="de" dir="ltr" class="paper-58mm">');
    expect(html).toContain('Tabak &amp; &lt;Trafik&gt;');
    expect(html).toContain('Gültigkeit beginnt');
    expect(html).toContain('Bei der ersten Nutzung im Abdeckungsgebiet');
    expect(html).toContain('Bestätigungscode');
    expect(html).toContain('Österreich (AT)');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/receipt\.[a-zA-Z]+/);
  });

  it('prints a top-up without a QR: the package went onto the customer’s eSIM', async () => {
    const { activationCode: _code, iccid: _iccid, ...topUp } = sale;
    const html = await receiptHtml(
      receiptFromSale({ ...topUp, kind: 'topup', language: 'en', knownIccids: ['8937204000000000001'] }, settings, {
        printedAt: new Date(),
        countries: [],
      }),
    );
    expect(html).toContain('This package was added to your existing eSIM');
    expect(html).toContain('8937204000000000001');
    expect(html).not.toContain('<svg');
  });

  it('says when the activation code cannot be split for typing in', async () => {
    const html = await receiptHtml(
      receiptFromSale({ ...sale, language: 'en', activationCode: 'not-an-lpa-code' }, settings, {
        printedAt: new Date(),
        countries: [],
      }),
    );
    expect(html).toContain('could not be split for typing in by hand');
  });
});

describe('the receipt in every customer language', () => {
  it.each(CUSTOMER_LANGUAGES)(
    '%s: every text translated, none left as a key, laid out in its direction',
    async (language) => {
      const html = await receiptHtml(
        receiptFromSale({ ...sale, language }, settings, { printedAt: new Date(), countries: ['AT', 'DE'] }),
      );
      expect(html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}"`);
      expect(html).not.toMatch(/\b(receipt|validity|coverage)\.[a-zA-Z]/);
    },
  );
});
