import { describe, expect, it } from 'vitest';
import { locatePlace } from '@/lib/map/locate';
import { draw, MAP_SIZE } from '@/lib/map/render';

const located = (place: Parameters<typeof locatePlace>[0]) => {
  const location = locatePlace(place);
  if (!location?.ok) throw new Error(`not located: ${JSON.stringify(location)}`);
  return location;
};

describe('where a place is drawn', () => {
  it('finds a US state by its ISO 3166-2 code and a country by its alpha-2 code', () => {
    const illinois = located({ level: 'state', iso: 'US-IL' });
    expect(illinois.kind === 'shape' && [illinois.map, illinois.shape.name]).toEqual(['us', 'Illinois']);
    const france = located({ level: 'country', iso: 'FR' });
    expect(france.kind === 'shape' && [france.map, france.shape.id, france.shape.name]).toEqual(['world', '250', 'France']);
    const korea = located({ level: 'country', iso: 'KR' });
    expect(korea.kind === 'shape' && korea.shape.name).toBe('South Korea');
  });

  it('marks a city at its GeoNames coordinates, inside the map', () => {
    const chicago = located({ level: 'city', geonames: { name: 'Chicago', country: 'US' } });
    expect(chicago.kind === 'mark' && [chicago.map, Math.round(chicago.lat), Math.round(chicago.lng)]).toEqual(['us', 42, -88]);
    const drawn = draw(chicago, 'full');
    expect(drawn && 'x' in drawn && drawn.x > 0 && drawn.x < MAP_SIZE.us.width && drawn.y > 0 && drawn.y < MAP_SIZE.us.height).toBe(true);
    const london = located({ level: 'city', geonames: { name: 'London', country: 'GB' } });
    expect(london.map).toBe('world');
  });

  it('places a county or a state outside the US among its GeoNames cities', () => {
    const king = located({ level: 'county', geonames: { name: 'King County', country: 'US', admin1: 'WA' } });
    expect(king.kind === 'mark' && [Math.round(king.lat), Math.round(king.lng)]).toEqual([48, -122]);
    const saxony = located({ level: 'state', geonames: { name: 'Saxony', country: 'DE' } });
    expect(saxony.kind === 'mark' && [Math.round(saxony.lat), Math.round(saxony.lng)]).toEqual([51, 13]);
  });

  it('says which admin1 codes an ambiguous name needs', () => {
    expect(locatePlace({ level: 'city', geonames: { name: 'Portland', country: 'US' } })).toEqual({
      ok: false,
      field: ['geonames', 'name'],
      message: '"Portland" names 9 GeoNames cities in US: add admin1 (one of CT, IN, ME, MI, NY, OR, TN, TX, WI)',
    });
  });

  it('refuses codes the maps do not draw', () => {
    expect(locatePlace({ level: 'country', iso: 'QQ' })).toMatchObject({ ok: false, field: ['iso'], message: '"QQ" is not a country the world map draws (write its ISO 3166-1 alpha-2 code, such as US or FR)' });
    expect(locatePlace({ level: 'state', iso: 'US-XY' })).toMatchObject({ ok: false, message: '"US-XY" is not a US state (write its ISO 3166-2 code, such as US-IL)' });
    expect(locatePlace({ level: 'state', iso: 'DE-SN' })).toMatchObject({ ok: false, message: '"DE-SN": only US states are drawn as shapes; mark a state outside the US with geonames instead' });
  });
});
