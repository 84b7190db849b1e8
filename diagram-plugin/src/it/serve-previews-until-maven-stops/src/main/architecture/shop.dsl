workspace "Shop" "A small shop" {
  model {
    customer = person "Customer" "Buys things"
    shop = softwareSystem "Shop" "Sells things"
    customer -> shop "Orders from"
  }
  views {
    systemContext shop "context" {
      include *
      autolayout lr
    }
  }
}
