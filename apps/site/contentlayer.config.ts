import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { calculatorNames } from './src/lib/calculator-names';
import {
  extractCalculators,
  extractHeadings,
  extractTermSlugs,
  readingTimeMinutes,
  wordCount,
} from './src/lib/mdx-scan';
import { articleCategories, site, termCategories } from './src/lib/site';

const Book = defineNestedType(() => ({
  name: 'Book',
  fields: {
    title: { type: 'string', required: true },
    author: { type: 'string', required: true },
  },
}));

const Source = defineNestedType(() => ({
  name: 'Source',
  fields: {
    author: { type: 'string', required: true },
    year: { type: 'number', required: false },
    title: { type: 'string', required: true },
    edition: { type: 'string', required: false },
  },
}));

const Faq = defineNestedType(() => ({
  name: 'Faq',
  fields: {
    question: { type: 'string', required: true },
    answer: { type: 'string', required: true },
  },
}));

const fileSlug = (sourceFileName: string) => sourceFileName.replace(/\.mdx$/, '');

export const Question = defineDocumentType(() => ({
  name: 'Question',
  filePathPattern: 'ask/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    category: {
      type: 'enum',
      options: articleCategories.map((c) => c.slug),
      required: true,
    },
    tags: { type: 'list', of: { type: 'string' }, required: true },
    author: { type: 'string', default: site.defaultAuthor },
    basedOn: { type: 'nested', of: Book, required: false },
    date: { type: 'date', required: true },
    summary: { type: 'string', required: true },
    related: { type: 'list', of: { type: 'string' }, default: [] },
    /** The editors' own opinion on the question, shown under "Editors' view"; never reported sentiment. */
    editorsView: { type: 'string', required: false },
    featured: { type: 'boolean', default: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
    url: { type: 'string', resolve: (doc) => `/ask/${fileSlug(doc._raw.sourceFileName)}` },
    wordCount: { type: 'number', resolve: (doc) => wordCount(doc.body.raw) },
    readingTime: { type: 'number', resolve: (doc) => readingTimeMinutes(doc.body.raw) },
    termSlugs: {
      type: 'list',
      of: { type: 'string' },
      resolve: (doc) => extractTermSlugs(doc.body.raw),
    },
    calculators: {
      type: 'list',
      of: { type: 'string' },
      resolve: (doc) => extractCalculators(doc.body.raw),
    },
    headings: { type: 'json', resolve: (doc) => extractHeadings(doc.body.raw) },
  },
}));

export const Term = defineDocumentType(() => ({
  name: 'Term',
  filePathPattern: 'glossary/**/*.mdx',
  contentType: 'mdx',
  fields: {
    name: { type: 'string', required: true },
    aliases: { type: 'list', of: { type: 'string' }, default: [] },
    subtitle: { type: 'string', required: true },
    category: {
      type: 'enum',
      options: termCategories.map((c) => c.slug),
      required: true,
    },
    proprietary: { type: 'boolean', default: false },
    definition: { type: 'string', required: true },
    formula: { type: 'string', required: false },
    formulaNotes: { type: 'string', required: false },
    related: { type: 'list', of: { type: 'string' }, default: [] },
    sources: { type: 'list', of: Source, required: true },
    faq: { type: 'nested', of: Faq, required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
    url: { type: 'string', resolve: (doc) => `/glossary/${fileSlug(doc._raw.sourceFileName)}` },
    termSlugs: {
      type: 'list',
      of: { type: 'string' },
      resolve: (doc) => extractTermSlugs(doc.body.raw),
    },
    calculators: {
      type: 'list',
      of: { type: 'string' },
      resolve: (doc) => extractCalculators(doc.body.raw),
    },
  },
}));

export const CalculatorGuide = defineDocumentType(() => ({
  name: 'CalculatorGuide',
  filePathPattern: 'calculators/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    component: { type: 'enum', options: [...calculatorNames], required: true },
    summary: { type: 'string', required: true },
    terms: { type: 'list', of: { type: 'string' }, required: true },
    order: { type: 'number', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFileName) },
    url: { type: 'string', resolve: (doc) => `/calculators/${fileSlug(doc._raw.sourceFileName)}` },
    termSlugs: {
      type: 'list',
      of: { type: 'string' },
      resolve: (doc) => [...new Set([...doc.terms, ...extractTermSlugs(doc.body.raw)])],
    },
  },
}));

export default makeSource({
  contentDirPath: '../../content',
  contentDirExclude: ['README.md', 'node_modules', '.git'],
  documentTypes: [Question, Term, CalculatorGuide],
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
  mdx: {
    // Only $$…$$ is math: prose is full of dollar amounts.
    remarkPlugins: [remarkGfm, [remarkMath, { singleDollarTextMath: false }]],
    rehypePlugins: [rehypeSlug, rehypeKatex],
  },
});
