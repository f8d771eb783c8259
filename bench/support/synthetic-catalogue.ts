// A large synthetic inventory for the catalogue benchmark: the demo catalogue repeated with unique ids.
import type { InventoryItem } from '../../src/shared/gigastore';
import { demoCatalogue } from '../../src/main/simulator/catalogue';

export function syntheticCatalogue(size: number): InventoryItem[] {
  const base = demoCatalogue();
  return Array.from({ length: size }, (_, index) => {
    const template = base[index % base.length] as InventoryItem;
    return {
      ...template,
      id: `${template.id.slice(0, 24)}${String(index).padStart(12, '0')}`,
      name: `${template.name} #${index}`,
    };
  });
}
