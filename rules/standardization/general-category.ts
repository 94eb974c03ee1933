import { defineRule, WORK } from '../../src/rule.js';

export default defineRule({
  id: 'standardization/general-category',
  description: 'Flags fixed kinds that requests must fit: catalogues, product lines, set menus, price lists, fixed categories of goods.',
  severity: 'error',
  message: 'This makes requests fit a fixed list of kinds instead of the particular thing asked for',
  citation: {
    work: WORK,
    section: '§2.1',
    title: '“Production” without Productivity and the Abolition of Value',
    passages: [
      'the bread that these proletarians will produce will not correspond to a general category, but will be the particular bread that someone asked them to make on this or that day',
    ],
  },
  explanation:
    'A catalogue, set menu or fixed list of categories decides in advance which kinds of thing exist, and ' +
    'a request counts only as a choice among them. The essay contrasts bread that corresponds to a general ' +
    'category with the particular bread someone asked for on a given day; the general kind is what a ' +
    'product for exchange must be.',
  suggestion: 'Let people ask for what they want and make that, without a list it has to fit.',
  patterns: [
    { match: 'fixed|predefined|preset @standardization-list', confidence: 'high' },
    { match: 'standard|official menu|=range|lineup|assortment|selection|catalog|catalogue|categories' },
    { match: '=set menu|range|list|selection|lineup', in: 'prose' },
    { match: 'product|seed|tool|item|mail|online|printed|paper|order catalog|catalogue', confidence: 'high' },
    { match: 'product range|line|lineup|list', confidence: 'high' },
    { match: 'catalog|catalogue of ..2 @goods|@product|@standardization-goods|dish|seed|tool|option|item' },
    { match: 'order|choose|pick|select|browse|consult|search|buy|request|from|off ..3 catalog|catalogue' },
    { match: 'choose|chosen|pick|picked|select|selected|order|ordered|request|requested|borrow|tick ..2 @goods|@standardization-goods|@product|what|whatever|anything ..3 from|off ..4 =list|lists|=menu|=range|lineup|selection', note: 'pick tools from the printed list; not "pick one option from the list"' },
    { match: 'approved|accepted|allowed|permitted @goods|@standardization-goods|@product|kind|kinds|type|types =list|lists', note: 'the accepted items list' },
    { match: 'plant|seed|product|dish|grocery|groceries =list|lists', note: 'this season\'s plant list' },
    { match: 'form|sheet|list|menu list|lists|offer|offers @num @any? item|items|product|products|good|goods|option|options|dish|dishes|kind|kinds', note: 'the order form lists twenty items' },
    { match: 'offer|offers|stock|stocks|carry|carries|bake|bakes|cook|cooks|make|makes|serve|serves|sell|sells @num ..1 kind|kinds|variety|varieties|type|types|flavour|flavours|flavor|flavors|model|models|design|designs|style|styles|bread|breads|soup|soups|dish|dishes', note: 'bakes three breads' },
    { match: 'limited|restricted|confined to ..3 kind|kinds|type|types|model|models|categor*|item|items ..4 on|in|from ..3 list|lists|menu|catalog*', note: 'limited to the kinds on our list' },
    { match: 'cook|serve|bake|make|prepare|order|choose|pick|select|offer ..6 from|off|on the? @any? menu', note: 'only what is on the menu' },
    { match: 'price list|guide|sheet|catalog|catalogue|table|board|menu', confidence: 'high' },
    { match: 'sort|classify|group|fit|file ..5 into ..2 one of ..3 categor*|type|kind|class|bin' },
    { match: 'request|order|donation|product|item|good ..5 must|has|have|need ..2 fit|match|belong ..4 categor*|list|menu|catalog*|range' },
    { match: 'only ..5 the|our|its? @num @any? kind|kinds|model|models|variety|varieties|dish|dishes|flavour|flavours|flavor|flavors|style|styles|design|designs|product|products|bread|breads|recipe|recipes', note: 'only the three models we stock' },
    { match: 'choose|pick|select|order ..2 one|any|two of the|our|its @num', note: 'pick one of our four soups' },
    { match: 'menu of @num ..2 dish|meal|option|bread|item' },
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    { match: 'menu|catalogue|catalog', in: 'code', confidence: 'low', note: 'a fixed menu requests must fit' },
    { match: 'fixed|standard|set|allowed|permitted menu|list|range|line|kinds|types|dishes|items', in: 'code', confidence: 'high' },
    { match: 'product line|lines|range|category|categories', in: 'code', confidence: 'high' },
  ],
  otherSenses: [
    'drop down|dropdown|context|start|navigation|nav|main|file|edit|settings menu',
    'command line',
    'line of code|thought|work|reasoning|argument',
    'range of @num',
    // Code (names, values and structure of TS/JS/JSON/YAML plans).
    'context|dropdown|nav|navigation|main|side|sidebar|hamburger|file|popup|user menu',
    'menu item|items|bar|button|open|toggle|icon|ref|label|shortcut|entry|entries',
    'catalog|catalogue url|api|service|schema',
  ],
  examples: {
    invalid: [
      "Gardeners choose their seedlings from this season's plant list.",
      'The bakery offers three breads every week and takes no special orders.',
      'Members choose from the seed catalogue and we post the packets.',
      'The canteen serves only dishes from the set menu.',
      'Every donation is sorted into one of our fixed categories before it goes on the shelf.',
      '## Price list',
      'The bakery keeps a fixed product line of four breads.',
      'Orders must fit one of the categories on the form.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: 'export const MENU = [\'soup\', \'stew\', \'salad\'] as const;', kind: 'ts' },
      { text: 'export const allowedItems = [\'rice\', \'beans\'];', kind: 'ts' },
    ],
    valid: [
      'Pick one option from the list and press save.',
      'There is no list: tell us what you need and we will try to find it.',
      'There is no menu: the cooks make what people ask for that day.',
      'Click the File menu and choose Export.',
      'We refuse to keep a catalogue; ask us for what you need.',
      'Run the script from the command line.',
      'The old buying club used a paper catalogue.',
      'Is a price list really needed for a free shop?',
      'Temperatures range from 10 to 25 degrees in the shed.',
      // Code (names, values and structure of TS/JS/JSON/YAML plans).
      { text: "export const navMenu = { open: false, items: ['home', 'about'] };", kind: 'ts' },
      { text: 'export const dropdownMenu = { items: [\'edit\', \'delete\'] };', kind: 'ts' },
    ],
  },
});
