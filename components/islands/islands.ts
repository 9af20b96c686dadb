/**
 * Every island of the site, by name. The specs live here, outside the components' 'use client'
 * modules, so server code can read them (a client module's other exports are only references there).
 */
import { HeaderSearch } from '../search/header-search';
import { defineIsland } from './define-island';

/** The header's search box with suggestions; without its script it is a plain form to /search/. */
export const HEADER_SEARCH_ISLAND = defineIsland('header-search', HeaderSearch);
