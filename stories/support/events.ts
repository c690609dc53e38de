// The widgets' events as story args: Storybook fills `on…` args (named from custom-elements.json) with actions.
type Listener = (event: Event) => void;

export interface FeedEventArgs {
  onBantinLoad?: Listener;
  onBantinError?: Listener;
  onBantinItemSelect?: Listener;
}

/** Reports bantin-item-select and cancels it, so following an article link keeps the story on screen. */
export function stayOnPage(forward: Listener | undefined): Listener {
  return (event) => {
    event.preventDefault();
    forward?.(event);
  };
}
