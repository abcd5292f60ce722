import {
  type ActionIconProps,
  type AlertProps,
  type BadgeProps,
  type ButtonProps,
  createTheme,
  type DrawerProps,
  type MantineThemeComponent,
  type ModalProps,
  type PaperProps,
  type SelectProps,
  type TextareaProps,
  type TextInputProps,
  type TooltipProps,
} from '@mantine/core';

/**
 * A component's theme entry, typed by its props. Mantine's `Select.extend({...})` does the same but
 * imports the component, which would pull every themed component (selects, dialogs, drawers) into the
 * app shell that every page loads; this keeps them in the chunks of the pages that use them.
 */
const themed = <P>(entry: { defaultProps?: Partial<P>; styles?: MantineThemeComponent['styles'] }): MantineThemeComponent => entry;

/** One theme for the whole app: calm, dense, system fonts, a small fixed palette that means things. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  respectReducedMotion: true,
  fontFamily: 'Inter, ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  fontSizes: { xs: '0.75rem', sm: '0.8125rem', md: '0.875rem', lg: '1rem', xl: '1.125rem' },
  lineHeights: { xs: '1.4', sm: '1.45', md: '1.5', lg: '1.5', xl: '1.5' },
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.25rem', lineHeight: '1.3' },
      h2: { fontSize: '0.9375rem', lineHeight: '1.35' },
      h3: { fontSize: '0.8125rem', lineHeight: '1.4' },
    },
  },
  components: {
    Button: themed<ButtonProps>({ defaultProps: { size: 'xs' } }),
    ActionIcon: themed<ActionIconProps>({ defaultProps: { variant: 'subtle', color: 'gray' } }),
    Badge: themed<BadgeProps>({ defaultProps: { radius: 'sm' } }),
    // Tinted alerts keep body-coloured titles: yellow or orange text on a tint fails contrast.
    Alert: themed<AlertProps>({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
    TextInput: themed<TextInputProps>({ defaultProps: { size: 'sm' } }),
    Textarea: themed<TextareaProps>({ defaultProps: { size: 'sm' } }),
    Select: themed<SelectProps>({ defaultProps: { size: 'sm', allowDeselect: false } }),
    Tooltip: themed<TooltipProps>({ defaultProps: { openDelay: 300, withArrow: true, fz: 'xs' } }),
    Modal: themed<ModalProps>({ defaultProps: { radius: 'md', padding: 'lg', closeButtonProps: { 'aria-label': 'Close dialog' } } }),
    Drawer: themed<DrawerProps>({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Paper: themed<PaperProps>({ defaultProps: { withBorder: true, radius: 'md' } }),
  },
});

/**
 * Contrast fixes over Mantine's defaults: dimmed text, error text and links must reach WCAG AA
 * (4.5:1) in both schemes, because people read this app tired and on bad screens.
 */
export const cssVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-anchor': '#3b5bdb',
    '--mantine-color-body': '#ffffff',
    '--fb-surface': '#f7f8fa',
    '--fb-border': '#e4e7eb',
    '--fb-stakeholder-bg': '#f1f6ff',
    '--fb-stakeholder-border': '#b9cdf7',
    '--fb-danger-text': '#c92a2a',
    '--fb-pinned-bg': '#fff9db',
  },
  dark: {
    '--mantine-color-dimmed': '#a8adb3',
    '--mantine-color-error': '#ff8787',
    '--mantine-color-anchor': '#91a7ff',
    '--mantine-color-body': '#16181c',
    '--fb-surface': '#1c1f24',
    '--fb-border': '#2c3036',
    '--fb-stakeholder-bg': '#18233a',
    '--fb-stakeholder-border': '#30446e',
    '--fb-danger-text': '#ff8787',
    '--fb-pinned-bg': '#29260f',
  },
});
