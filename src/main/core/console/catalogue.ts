// The inventory as the counter shows it, kept so that a sale, the customer display's preview and a
// customer's coverage find a package without asking Gigastore again.
import type { ConsoleApi } from '../../../shared/api';
import { toCatalogueItem, type CatalogueItem } from '../../../shared/catalogue';
import { ConsoleError } from '../errors';
import type { GigastoreClient } from '../gigastore/client';

export class Catalogue implements Pick<ConsoleApi, 'listCatalogue'> {
  private readonly items = new Map<string, CatalogueItem>();

  constructor(private readonly client: () => Promise<GigastoreClient>) {}

  async listCatalogue(): Promise<CatalogueItem[]> {
    const items = (await (await this.client()).inventory()).map(toCatalogueItem);
    this.items.clear();
    items.forEach((item) => this.items.set(item.id, item));
    return items;
  }

  /** The package as last listed, else as Gigastore lists it now, else a sentence. */
  async find(id: string): Promise<CatalogueItem> {
    if (!this.items.has(id)) await this.listCatalogue();
    const item = this.items.get(id);
    if (!item) {
      throw new ConsoleError(
        'sale.unknown-item',
        'This package is no longer in the inventory; pick it again from the catalogue.',
      );
    }
    return item;
  }

  /** The package as last listed, if it was. */
  known(id: string): CatalogueItem | undefined {
    return this.items.get(id);
  }

  all(): Iterable<CatalogueItem> {
    return this.items.values();
  }

  /** Another Gigastore (demo or live): its inventory is another one. */
  clear(): void {
    this.items.clear();
  }
}
